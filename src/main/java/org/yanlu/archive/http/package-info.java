/**
 * The HTTP side of the archive: the Javalin app with the JSON API and the static front end, the
 * reading of query parameters, and the one mapping from exception types to error responses. It sees
 * search records, never Lucene.
 */
package org.yanlu.archive.http;
