package io.cxonebatch.bootstrap.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only the product's own OS user may open: reports and rejects carry campaign plans and
 * reasons, logs carry operations, the data directory holds the database. On a file system without POSIX modes
 * (Windows) they are created as usual.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the directory and its missing parents as {@code 0700}; one that exists is left as it is. */
    public static Path directory(Path directory) throws IOException {
        if (POSIX) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
        return directory;
    }

    /**
     * As {@link #directory}, and narrows it to {@code 0700} if it exists: for the product's own directories (its data
     * directory, its logs), which an older version may have left open. Never for a directory a user named to share.
     */
    public static Path ownDirectory(Path directory) throws IOException {
        directory(directory);
        if (POSIX) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
        return directory;
    }

    /** Creates an empty file as {@code 0600}, or narrows an existing one to that. */
    public static Path file(Path file) throws IOException {
        if (POSIX) {
            if (Files.notExists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        } else if (Files.notExists(file)) {
            Files.createFile(file);
        }
        return file;
    }
}
