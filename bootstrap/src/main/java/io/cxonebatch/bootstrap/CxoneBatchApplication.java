package io.cxonebatch.bootstrap;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The cxone-batch application. */
@SpringBootApplication
public class CxoneBatchApplication {

    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(CxoneBatchApplication.class, args);
    }
}
