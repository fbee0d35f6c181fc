/**
 * Go's text/tabwriter, for output that must match Go programs (kubeadm, kubectl) byte for byte: the whole text
 * is written, then flushed. Behaviour reproduced:
 * - a cell is text terminated by '\t' (or '\v', a "soft" cell); the text after the last tab of a line is not a
 *   column cell and is never padded;
 * - a column is aligned over a run of consecutive lines that have a tab-terminated cell in it; the run ends at the
 *   first line without one, so columns further right form separate blocks;
 * - a column's width is max(minwidth, widest cell + padding) in Unicode code points (Go counts runes);
 * - a line with a single cell (no tab), and '\f', flush: the lines before it are aligned on their own;
 * - the last line is written without a newline when the text does not end with one.
 * Not reproduced: the Escape character (0xff never occurs in UTF-8 text), FilterHTML and StripEscape.
 */
export interface TabwriterOptions {
    minwidth: number;
    tabwidth: number;
    padding: number;
    /** One character; '\t' pads with tabs (and turns off alignRight), as Go does. */
    padchar: string;
    alignRight?: boolean;
    discardEmptyColumns?: boolean;
    tabIndent?: boolean;
    debug?: boolean;
}
export declare function tabwrite(text: string, options: TabwriterOptions): string;
