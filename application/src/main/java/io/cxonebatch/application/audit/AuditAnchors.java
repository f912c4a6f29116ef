package io.cxonebatch.application.audit;

import io.cxonebatch.application.port.out.audit.AuditChainLink;
import io.cxonebatch.application.port.out.audit.AuditChainReport;
import io.cxonebatch.application.port.out.audit.VerifyAuditChainPort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Takes and checks {@link AuditAnchor}s. The key is the operator's (from the environment or a file, never from the
 * database), so that whoever can rewrite the database cannot also write anchors that agree with it.
 */
public final class AuditAnchors {

    private static final String HMAC = "HmacSHA256";

    private final VerifyAuditChainPort chain;
    private final byte[] key;
    private final Clock clock;

    public AuditAnchors(VerifyAuditChainPort chain, byte[] key, Clock clock) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the audit anchor key must have at least 16 bytes, it has " + key.length);
        }
        this.chain = chain;
        this.key = key.clone();
        this.clock = clock;
    }

    /** An anchor on the newest row; empty while the record is empty. */
    public Optional<AuditAnchor> take() {
        return chain.lastLink().map(link -> {
            AuditAnchor unsigned = new AuditAnchor(link.id(), link.hash(), clock.instant(), "");
            return new AuditAnchor(link.id(), link.hash(), unsigned.at(), mac(unsigned.signed()));
        });
    }

    /**
     * Checks the whole chain, then that it still reaches the anchor: the anchor's MAC is this key's, and the row it
     * names is there with the hash it names.
     */
    public AnchorCheck check(AuditAnchor anchor) {
        if (!MessageDigest.isEqual(mac(anchor.signed()).getBytes(StandardCharsets.US_ASCII),
                anchor.mac().getBytes(StandardCharsets.US_ASCII))) {
            return AnchorCheck.broken(anchor, "the anchor's MAC does not match this key: it was altered, or made with another key");
        }
        AuditChainReport report = chain.verifyAuditChain();
        if (!report.intact()) {
            return AnchorCheck.broken(anchor, "the chain is broken at row " + report.firstBrokenId() + ": " + report.problem());
        }
        Optional<AuditChainLink> row = chain.link(anchor.id());
        if (row.isEmpty()) {
            return AnchorCheck.broken(anchor, "row " + anchor.id() + ", which the anchor of " + anchor.at()
                    + " names, is gone: the record was cut short (" + report.rowsChecked() + " rows remain)");
        }
        if (!row.get().hash().equals(anchor.hash())) {
            return AnchorCheck.broken(anchor, "row " + anchor.id() + " has another hash than the anchor of " + anchor.at()
                    + " names: the chain was re-hashed");
        }
        return AnchorCheck.reached(anchor, report.rowsChecked());
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }

    /** Whether the chain still reaches an anchor, and if not, why. */
    public record AnchorCheck(AuditAnchor anchor, boolean reached, String problem, long rowsChecked) {

        static AnchorCheck reached(AuditAnchor anchor, long rowsChecked) {
            return new AnchorCheck(anchor, true, "", rowsChecked);
        }

        static AnchorCheck broken(AuditAnchor anchor, String problem) {
            return new AnchorCheck(anchor, false, problem, 0);
        }
    }
}
