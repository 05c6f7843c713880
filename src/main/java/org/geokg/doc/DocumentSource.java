package org.geokg.doc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the inputs of a run, one file at a time, into a {@link DocumentSink}.
 *
 * <p>An input is a file, a folder (walked depth-first, the entries of each folder in name order,
 * entries whose name starts with a dot skipped), or {@code "-"} for standard input. Standard input is
 * read as JSON Lines if its first non-blank character is <code>{</code>, else as plain text, under
 * the name {@code "-"}. Files are read by the {@link DocumentReaders#forName reader for their name}.
 *
 * <p>A document's name is its path relative to the folder input it was found under ({@code
 * "seed/a.txt"}, always with {@code /}), or the file name for a file input. Every problem is reported
 * as a {@link DocumentError} under that name, and reading goes on: {@code "no such file or folder"},
 * {@code "unreadable: …"}, {@code "empty document"}, {@code "no text: whitespace only"}, {@code
 * "binary file, not text"}, {@code "not valid UTF-8 at byte N"} (N counted from 0), {@code "larger
 * than 20 MB"}.
 *
 * <p>Every input, whatever its format, goes the same way: an empty one is rejected here, any other is
 * handed as a stream to its reader ({@link DocumentReader#read(InputStream, String, DocumentSink,
 * ReadContext)}), which decodes it (strict UTF-8; a byte order mark is allowed and blanked in content)
 * and reports what is wrong with it. Memory holds one folder listing per level and what the reader
 * holds: one file, or one line of a streamed format such as JSON Lines, where the size limit applies
 * to each line, not to the file.
 */
public final class DocumentSource {

  /** The default size limit of one document: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = ReadContext.DEFAULT_MAX_BYTES;

  private static final int SNIFF_BYTES = 64 * 1024;

  private final ReadContext context;

  private DocumentSource(ReadContext context) {
    this.context = context;
  }

  /** A source that rejects documents larger than {@code maxBytes} bytes. */
  public static DocumentSource withMaxBytes(long maxBytes) {
    return new DocumentSource(ReadContext.withMaxBytes(maxBytes));
  }

  /** Reads {@code inputs} with the default size limit; {@code "-"} reads {@link System#in}. */
  public static void read(List<String> inputs, DocumentSink sink) {
    read(inputs, System.in, sink);
  }

  /** Reads {@code inputs} with the default size limit; {@code "-"} reads {@code stdin}. */
  public static void read(List<String> inputs, InputStream stdin, DocumentSink sink) {
    new DocumentSource(ReadContext.defaults()).readAll(inputs, stdin, sink);
  }

  /**
   * Reads {@code inputs} in order; problems with an input go to {@code sink}, never thrown. {@code
   * stdin} is read at most once and is not closed.
   */
  public void readAll(List<String> inputs, InputStream stdin, DocumentSink sink) {
    Objects.requireNonNull(sink, "sink");
    boolean stdinRead = false;
    for (String input : inputs) {
      if (input.equals("-")) {
        if (stdinRead) {
          sink.reject(new DocumentError("-", "standard input given more than once"));
        } else {
          stdinRead = true;
          readStdin(stdin, sink);
        }
        continue;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        sink.reject(new DocumentError(input, "not a valid path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        Set<Path> ancestors = new HashSet<>();
        walk(path, path, ancestors, sink);
      } else if (Files.exists(path)) {
        Path fileName = path.getFileName();
        readPath(path, fileName == null ? input : fileName.toString(), sink);
      } else {
        sink.reject(new DocumentError(input, "no such file or folder"));
      }
    }
  }

  /**
   * Reads one file's bytes from {@code in} (e.g. a file on HDFS or S3 read by a Spark task) with
   * exactly the rules of a file input: the reader is {@link DocumentReaders#forName the one for
   * {@code name}}, and every problem ({@code "empty document"}, {@code "not valid UTF-8 at byte N"} …) goes
   * to {@code sink} under {@code name}, never thrown. {@code in} is not closed.
   *
   * @param name the document name as {@code geokg build} would give it (the path relative to the
   *     folder input, or the file name)
   */
  public void readInput(String name, InputStream in, DocumentSink sink) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sink, "sink");
    DocumentReader reader = DocumentReaders.forName(name);
    try {
      BufferedInputStream b = new BufferedInputStream(in, SNIFF_BYTES);
      b.mark(1);
      if (b.read() < 0) {
        sink.reject(new DocumentError(name, "empty document"));
        return;
      }
      b.reset();
      reader.read(b, name, sink, context);
    } catch (IOException e) {
      sink.reject(new DocumentError(name, "unreadable: " + describe(e)));
    }
  }

  private void walk(Path root, Path dir, Set<Path> ancestors, DocumentSink sink) {
    String dirName = root.equals(dir) ? root.toString() : relative(root, dir);
    try {
      // A symbolic link back up the tree would make the walk endless.
      if (!ancestors.add(dir.toRealPath())) {
        sink.reject(new DocumentError(dirName, "folder link loop: skipped"));
        return;
      }
    } catch (IOException e) {
      sink.reject(new DocumentError(dirName, "unreadable folder: " + describe(e)));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        if (!p.getFileName().toString().startsWith(".")) {
          entries.add(p);
        }
      }
    } catch (IOException e) {
      sink.reject(new DocumentError(dirName, "unreadable folder: " + describe(e)));
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path p : entries) {
      if (Files.isDirectory(p)) {
        walk(root, p, ancestors, sink);
      } else {
        readPath(p, relative(root, p), sink);
      }
    }
    try {
      ancestors.remove(dir.toRealPath());
    } catch (IOException e) {
      // Gone while we read it; nothing left to unmark.
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  private void readPath(Path path, String name, DocumentSink sink) {
    if (!Files.exists(path)) {
      sink.reject(new DocumentError(name, "no such file or folder (broken link?)"));
      return;
    }
    if (!Files.isRegularFile(path)) {
      sink.reject(new DocumentError(name, "not a regular file"));
      return;
    }
    DocumentReader reader = DocumentReaders.forName(path.getFileName().toString());
    try {
      long size = Files.size(path);
      if (size == 0) {
        sink.reject(new DocumentError(name, "empty document"));
        return;
      }
      try (InputStream in = Files.newInputStream(path)) {
        reader.read(in, name, sink, context);
      }
    } catch (IOException e) {
      sink.reject(new DocumentError(name, "unreadable: " + describe(e)));
    }
  }

  private void readStdin(InputStream stdin, DocumentSink sink) {
    try {
      // Not closed: the caller owns stdin.
      BufferedInputStream in = new BufferedInputStream(stdin, SNIFF_BYTES);
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      in.reset();
      if (head.length == 0) {
        sink.reject(new DocumentError("-", "empty document"));
        return;
      }
      DocumentReaders.forContent(head).read(in, "-", sink, context);
    } catch (IOException e) {
      sink.reject(new DocumentError("-", "unreadable: " + describe(e)));
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
