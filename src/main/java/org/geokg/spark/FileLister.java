package org.geokg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.geokg.doc.DocumentError;

/**
 * Lists the files of the inputs on the driver, naming them as {@code DocumentSource} does for {@code
 * geokg build}: a folder input's files by their path relative to it ({@code "seed/a.txt"}), a file
 * input by its file name; entries whose name starts with a dot are skipped at any depth. A glob
 * ({@code s3a://b/2024/* /*.jsonl}) stands for each path it matches, as if each were given.
 */
final class FileLister {

  /** A file to read: its full URI, the document name {@code geokg build} would give it, its input. */
  record InputFile(String uri, String name, int input) implements Serializable {}

  /** Depth-first, entries of each folder by name: the order of {@code DocumentSource}'s walk. */
  static final Comparator<String> PATH_ORDER = (a, b) -> {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  };

  private FileLister() {}

  /** Lists {@code inputs}; inputs that do not exist or cannot be listed go to {@code errors}. */
  static List<InputFile> list(List<String> inputs, Configuration conf, List<DocumentError> errors) {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          errors.add(new DocumentError(input, "no such file or folder"));
          continue;
        }
        for (FileStatus m : matches) {
          if (m.isDirectory()) {
            listFolder(fs, m.getPath(), i, files);
          } else {
            files.add(new InputFile(m.getPath().toString(), m.getPath().getName(), i));
          }
        }
      } catch (FileNotFoundException e) {
        errors.add(new DocumentError(input, "no such file or folder"));
      } catch (IOException | IllegalArgumentException e) {
        errors.add(new DocumentError(input, "unreadable: " + e.getMessage()));
      }
    }
    return files;
  }

  private static void listFolder(FileSystem fs, Path root, int input, List<InputFile> out) throws IOException {
    String prefix = root.toString().endsWith("/") ? root.toString() : root.toString() + "/";
    List<InputFile> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String uri = f.getPath().toString();
      String name = uri.startsWith(prefix) ? uri.substring(prefix.length()) : f.getPath().getName();
      if (hidden(name)) {
        continue;
      }
      found.add(new InputFile(uri, name, input));
    }
    found.sort(Comparator.comparing(InputFile::name, PATH_ORDER));
    out.addAll(found);
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
