/**
 * Citations of articles and quotes: GB/T 7714-2015 (the reference style of Chinese journals), RIS,
 * BibTeX and CSL-JSON, the formats reference managers import. It sees the archive's records only.
 */
package org.yanlu.archive.cite;
