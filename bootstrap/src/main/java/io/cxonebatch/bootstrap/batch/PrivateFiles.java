package io.cxonebatch.bootstrap.batch;

import java.io.IOException;
import java.nio.file.FileSystemException;
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

    /**
     * Creates the directory (and its missing parents) as {@code 0700}, and narrows it to that if it exists and is this
     * user's. A directory of another user's that this one may write into (a shared drop folder) is left as it is.
     */
    public static Path directory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
            } catch (FileSystemException notOurs) {
                // Only its owner may change its mode; the files made in it are 0600 all the same.
            }
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
