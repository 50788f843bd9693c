import fc from 'fast-check';
import { children, childrenOf, root, type Span } from '../../src/xlsx/xml-edit';

const names = (xml: string, spans: Span[]) => spans.map((s) => [s.qname, xml.slice(s.start, s.end)]);

test('a child whose content hides an end tag (comment, CDATA, processing instruction) or nests its own name is scanned', () => {
  const xml = '<w><a x="1>2"><!-- </a> --><b/></a><c><![CDATA[</c>]]></c><d><?pi </d>?></d><e><e>in</e></e><f><ff/></f><g/></w>';
  const kids = childrenOf(xml, root(xml));
  expect(names(xml, kids)).toEqual([
    ['a', '<a x="1>2"><!-- </a> --><b/></a>'],
    ['c', '<c><![CDATA[</c>]]></c>'],
    ['d', '<d><?pi </d>?></d>'],
    ['e', '<e><e>in</e></e>'],
    ['f', '<f><ff/></f>'],
    ['g', '<g/>'],
  ]);
});

// Well-formed content made of elements (some of the same names), comments, CDATA, text with ">" and "!": stepping
// over plain content must find what the full scan finds.
const leaf = fc.constantFrom('<a/>', '<b x="1>2"/>', 'text > 3 !', '<!-- </a> <b> -->', '<![CDATA[</b>]]>', '<?p </a>?>', '<aa/>', '');
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom('a', 'b', 'x:a'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([n, kids]) => `<${n} k="v">${kids.join('')}</${n}>`),
  ),
})).node;

function fullScan(xml: string, from: number, to: number): [number, number][] {
  // The reference: depth counting over every tag (no step over content).
  const out: [number, number][] = [];
  let depth = 0;
  let start = -1;
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)[^\s/>]+(?:\s+[^\s=]+="[^"]*")*\s*(\/?)>/g;
  tags.lastIndex = from;
  for (let m = tags.exec(xml); m && m.index < to; m = tags.exec(xml)) {
    if (m[0].startsWith('<!') || m[0].startsWith('<?')) continue;
    if (m[1]) {
      if (--depth === 0) out.push([start, tags.lastIndex]);
    } else if (m[2]) {
      if (depth === 0) out.push([m.index, tags.lastIndex]);
    } else if (depth++ === 0) start = m.index;
  }
  return out;
}

test('children agree with a full scan on any well-formed content', () => {
  fc.assert(
    fc.property(fc.array(tree, { maxLength: 6 }), (kids) => {
      const xml = `<r>${kids.join('')}</r>`;
      const r = root(xml);
      expect(children(xml, r.openEnd, r.closeStart).map((s) => [s.start, s.end])).toEqual(fullScan(xml, r.openEnd, r.closeStart));
    }),
  );
});
