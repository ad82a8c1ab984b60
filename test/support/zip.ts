import { constants, crc32, createDeflateRaw } from 'node:zlib';

/**
 * A ZIP file written by hand, as an attacker would: entries deflated from generated chunks (so a
 * sheet of hundreds of megabytes never sits in memory), and optionally a size that lies in the
 * headers. What the import tests craft their workbooks with.
 */
export interface ZipEntry {
  name: string;
  chunks: () => Iterable<Buffer>;
  /** The uncompressed size the headers claim instead of the real one. */
  claimedSize?: number;
}

async function deflate(chunks: Iterable<Buffer>): Promise<{ data: Buffer; crc: number; size: number }> {
  const stream = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.once('end', resolve);
    stream.once('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  }
  stream.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

export async function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflate(entry.chunks());
    const claimed = entry.claimedSize ?? size;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(claimed, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const text = (s: string) => () => [Buffer.from(s, 'utf8')];

/**
 * A workbook of one sheet holding a household header and `rows` data rows, as small as deflate
 * makes it: the shape of a spreadsheet bomb. `claimSheetSize` makes the headers lie about the
 * sheet's unpacked size.
 */
export function householdWorkbook(
  villageCode: string,
  rows: number,
  options: { claimSheetSize?: number; bomb?: boolean } = {},
): Promise<Buffer> {
  const cell = (ref: string, value: string) => `<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${value}</t></is></c>`;
  function* sheet(): Iterable<Buffer> {
    yield Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
    );
    yield Buffer.from(`<row r="1">${cell('A1', '村代码')}${cell('B1', '户号')}${cell('C1', '户主')}</row>`);
    if (options.bomb) {
      // The same row over and over, without addresses: megabytes deflate to next to nothing.
      const row = `<row>${cell('', villageCode)}${cell('', 'B0000001')}${cell('', '张三')}${cell('', '东街一号院')}</row>`;
      const block = Buffer.from(row.repeat(10_000));
      for (let r = 0; r < rows; r += 10_000) yield r + 10_000 <= rows ? block : Buffer.from(row.repeat(rows - r));
    } else {
      const batch: string[] = [];
      for (let r = 2; r <= rows + 1; r++) {
        batch.push(
          `<row r="${r}">${cell(`A${r}`, villageCode)}${cell(`B${r}`, `B${String(r).padStart(7, '0')}`)}${cell(`C${r}`, '张三')}</row>`,
        );
        if (batch.length === 20_000) yield Buffer.from(batch.splice(0).join(''));
      }
      if (batch.length > 0) yield Buffer.from(batch.join(''));
    }
    yield Buffer.from(`</sheetData></worksheet>`);
  }
  return zipOf([
    {
      name: '[Content_Types].xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', chunks: sheet, claimedSize: options.claimSheetSize },
  ]);
}
