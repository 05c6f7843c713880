/**
 * Documents in: inputs (files, folders, stdin) to {@link org.geokg.doc.Document}s or {@link
 * org.geokg.doc.DocumentError}s.
 *
 * <p>{@link org.geokg.doc.DocumentSource} walks and decodes the inputs, {@link
 * org.geokg.doc.DocumentReaders} picks a {@link org.geokg.doc.DocumentReader} per file name, and the
 * reader, given the input as a stream, decodes it and splits metadata from text. Every reader keeps {@code content} as long as {@code text},
 * blanking metadata and markup to spaces, so NLP offsets are offsets into the original text.
 */
package org.geokg.doc;
