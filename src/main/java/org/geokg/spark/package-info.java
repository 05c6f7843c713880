/**
 * The scale-out build on Apache Spark: {@link org.geokg.spark.SparkBuild} reads documents from any
 * Hadoop-compatible path, extracts them with the code of {@code geokg build} (one extractor per
 * executor JVM, {@link org.geokg.spark.ExtractorHolder}) and writes N-Quads part files, one named
 * graph per document, plus a summary; {@code geokg load} puts them into a TDB2 store. Spark is a
 * {@code provided} dependency: nothing here is loaded by the {@code geokg} command. See docs/spark.md.
 */
package org.geokg.spark;
