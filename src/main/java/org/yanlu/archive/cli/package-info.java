/** The command line: {@code index}, {@code serve}, {@code search}, {@code articles}. */
package org.yanlu.archive.cli;
