/**
 * Enrichers: each a small {@code Article -> Article} step that adds what the text implies (dates,
 * people, organisations and places, speakers and their quotes) without opening raw files.
 */
package org.yanlu.archive.enrich;
