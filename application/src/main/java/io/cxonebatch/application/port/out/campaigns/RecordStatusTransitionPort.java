package io.cxonebatch.application.port.out.campaigns;

/** Records an observed status change and updates the known campaign's status with it, atomically. */
public interface RecordStatusTransitionPort {

    void recordStatusTransition(StatusTransition transition);
}
