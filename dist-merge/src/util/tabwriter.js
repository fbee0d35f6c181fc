const codePoints = (s) => {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
};
export function tabwrite(text, options) {
    const { minwidth, tabwidth, padding, padchar } = options;
    if (minwidth < 0 || tabwidth < 0 || padding < 0)
        throw new Error('negative minwidth, tabwidth, or padding');
    if ([...padchar].length !== 1)
        throw new Error('padchar must be one character');
    const tabPadding = padchar === '\t';
    const alignRight = !tabPadding && options.alignRight === true;
    const pad = (textWidth, cellWidth, useTabs) => {
        if (tabPadding || useTabs) {
            if (tabwidth === 0)
                return '';
            const rounded = Math.ceil(cellWidth / tabwidth) * tabwidth;
            return '\t'.repeat(Math.ceil((rounded - textWidth) / tabwidth));
        }
        return padchar.repeat(cellWidth - textWidth);
    };
    // Writes lines [from, to) of a block with the column widths known so far.
    const writeLines = (lines, widths, from, to) => {
        let out = '';
        for (let i = from; i < to; i++) {
            let useTabs = options.tabIndent === true;
            lines[i].forEach((c, j) => {
                if (j > 0 && options.debug)
                    out += '|';
                const aligned = j < widths.length;
                if (c.text.length === 0) {
                    if (aligned)
                        out += pad(c.width, widths[j], useTabs);
                    return;
                }
                useTabs = false;
                if (alignRight)
                    out += (aligned ? pad(c.width, widths[j], false) : '') + c.text;
                else
                    out += c.text + (aligned ? pad(c.width, widths[j], false) : '');
            });
            // The last line is the unterminated rest of the text.
            if (i + 1 < lines.length)
                out += '\n';
        }
        return out;
    };
    // Aligns column `widths.length` over each run of lines having a tab-terminated cell there, recursively.
    const format = (lines, widths, from, to) => {
        const column = widths.length;
        let out = '';
        let start = from;
        for (let i = from; i < to; i++) {
            if (column >= lines[i].length - 1)
                continue;
            out += writeLines(lines, widths, start, i);
            start = i;
            let width = minwidth;
            let discardable = true;
            for (; i < to; i++) {
                const line = lines[i];
                if (column >= line.length - 1)
                    break;
                const c = line[column];
                width = Math.max(width, c.width + padding);
                if (c.width > 0 || c.htab)
                    discardable = false;
            }
            if (discardable && options.discardEmptyColumns)
                width = 0;
            out += format(lines, [...widths, width], start, i);
            start = i;
        }
        return out + writeLines(lines, widths, start, to);
    };
    let out = '';
    let lines = [[]];
    let cell = '';
    const flush = () => {
        out += format(lines, [], 0, lines.length);
        lines = [[]];
    };
    for (const ch of text) {
        if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') {
            cell += ch;
            continue;
        }
        const line = lines[lines.length - 1];
        line.push({ text: cell, width: codePoints(cell), htab: ch === '\t' });
        cell = '';
        if (ch === '\n' || ch === '\f') {
            const cells = line.length;
            lines.push([]);
            if (ch === '\f' || cells === 1) {
                flush();
                if (ch === '\f' && options.debug)
                    out += '---\n';
            }
        }
    }
    if (cell.length > 0)
        lines[lines.length - 1].push({ text: cell, width: codePoints(cell), htab: false });
    flush();
    return out;
}
//# sourceMappingURL=tabwriter.js.map