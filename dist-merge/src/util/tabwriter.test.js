import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tabwrite } from './tabwriter.js';
// Every expected string below is what Go 1.26's text/tabwriter wrote for the same input and settings
// (NewWriter(w, minwidth, tabwidth, padding, padchar, flags), one Fprint, Flush).
const cases = [
    {
        name: 'columns are aligned per run of lines having the cell; the text after the last tab is not a column',
        input: 'a\tbbbbbbbbbbbb\tc\nddddd\te\nf\tg\th\ti\nj\n\tk\tl\n',
        options: { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ' },
        want: 'a     bbbbbbbbbbbb c\nddddd e\nf     g h i\nj\n k l\n',
    },
    {
        name: "kubeadm's settings; a blank line flushes, so the second table is aligned on its own",
        input: 'CERTIFICATE\tEXPIRES\tRESIDUAL TIME\tCERTIFICATE AUTHORITY\tEXTERNALLY MANAGED\n!MISSING! admin.conf\t\t\t\t\n' +
            'long-name-here\tNov 24, 2027 20:36 UTC\t364d\tca\tno      \n\nCA\tEXPIRES\tRESIDUAL TIME\tEXTERNALLY MANAGED\n!MISSING! ca\t\t\t\n',
        options: { minwidth: 10, tabwidth: 4, padding: 3, padchar: ' ' },
        want: 'CERTIFICATE            EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED\n' +
            '!MISSING! admin.conf                                                                    \n' +
            'long-name-here         Nov 24, 2027 20:36 UTC   364d            ca                      no      \n\n' +
            'CA             EXPIRES   RESIDUAL TIME   EXTERNALLY MANAGED\n!MISSING! ca                             \n',
    },
    {
        name: 'widths count code points; an unterminated last line stays so',
        input: 'äöü\tx\nab\ty\n日本\tz',
        options: { minwidth: 0, tabwidth: 4, padding: 2, padchar: '.' },
        want: 'äöü..x\nab...y\n日本...z',
    },
    {
        name: 'vertical tabs end soft cells',
        input: 'a\vb\tc\n\v\tx\n',
        options: { minwidth: 2, tabwidth: 4, padding: 1, padchar: ' ' },
        want: 'a b c\n    x\n',
    },
    {
        name: 'form feed flushes; Debug draws bars and the --- separator',
        input: 'a\tb\tc\fdd\te\n',
        options: { minwidth: 0, tabwidth: 4, padding: 1, padchar: ' ', debug: true },
        want: 'a |b |c\n---\ndd |e\n',
    },
    {
        name: 'AlignRight',
        input: 'a\tbbb\tc\naaaa\tb\tc\n',
        options: { minwidth: 0, tabwidth: 4, padding: 1, padchar: ' ', alignRight: true },
        want: '    a bbbc\n aaaa   bc\n',
    },
    {
        name: 'DiscardEmptyColumns',
        input: 'a\t\tb\nc\t\td\n',
        options: { minwidth: 3, tabwidth: 4, padding: 1, padchar: ' ', discardEmptyColumns: true },
        want: 'a     b\nc     d\n',
    },
    {
        name: 'tab padding',
        input: '\tx\tyy\n\t\tzzzzzz\taa\nlongertext\tq\n',
        options: { minwidth: 0, tabwidth: 8, padding: 1, padchar: '\t' },
        want: '\t\tx\tyy\n\t\t\tzzzzzz\taa\nlongertext\tq\n',
    },
    {
        name: 'TabIndent',
        input: '\t\tx\ty\n\tlong\tz\n',
        options: { minwidth: 0, tabwidth: 4, padding: 1, padchar: ' ', tabIndent: true },
        want: '\t\t\tx y\n\tlong z\n',
    },
];
for (const c of cases) {
    test(`tabwrite: ${c.name}`, () => {
        assert.equal(tabwrite(c.input, c.options), c.want);
    });
}
test('tabwrite rejects what Go rejects', () => {
    assert.throws(() => tabwrite('a', { minwidth: -1, tabwidth: 4, padding: 1, padchar: ' ' }), /negative/);
    assert.equal(tabwrite('', { minwidth: 10, tabwidth: 4, padding: 3, padchar: ' ' }), '');
});
//# sourceMappingURL=tabwriter.test.js.map