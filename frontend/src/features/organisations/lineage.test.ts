import { describe, expect, it } from 'vitest';
import { timeline, type Link } from './lineage';

const ccg = { id: 'c', name: 'NHS Leeds CCG' };
const icb = { id: 'i', name: 'NHS West Yorkshire ICB' };
const pct = { id: 'p', name: 'Leeds PCT' };
const practice = { id: 'g', name: 'The Street Surgery' };

describe('timeline', () => {
  it('orders a CCG’s life from its opening to its closing, with what it joined, left and became', () => {
    const outgoing: Link[] = [
      { kind: 'PART_OF', validFrom: '2013-04-01', validTo: '2022-07-01', other: { id: 'r', name: 'North region' } },
      { kind: 'SUCCEEDED_BY', validFrom: null, validTo: null, other: icb },
    ];
    const incoming: Link[] = [
      { kind: 'SUCCEEDED_BY', validFrom: '2013-04-01', other: pct },
      { kind: 'COMMISSIONED_BY', validFrom: '2014-10-01', validTo: null, other: practice },
    ];
    expect(timeline({ openedOn: '2013-04-01', closedOn: '2022-07-01' }, outgoing, incoming)).toEqual([
      { on: '2013-04-01', text: 'Opened' },
      { on: '2013-04-01', text: 'Became part of', other: { id: 'r', name: 'North region' } },
      { on: '2013-04-01', text: 'Succeeded', other: pct },
      { on: '2014-10-01', text: 'Began to commission', other: practice },
      { on: '2022-07-01', text: 'Stopped being part of', other: { id: 'r', name: 'North region' } },
      { on: '2022-07-01', text: 'Was succeeded by', other: icb },
      { on: '2022-07-01', text: 'Closed' },
    ]);
  });

  it('leaves out links without dates and links whose other end cannot be read', () => {
    const outgoing: Link[] = [
      { kind: 'PART_OF', validFrom: null, validTo: null, other: ccg },
      { kind: 'HOSTED_BY', validFrom: '2010-01-01', other: null },
    ];
    expect(timeline({ openedOn: null, closedOn: null }, outgoing, [])).toEqual([]);
  });

  it('dates a succession without a start on the predecessor’s closing day, and an incoming one only by its start', () => {
    const outgoing: Link[] = [{ kind: 'SUCCEEDED_BY', other: ccg }];
    const incoming: Link[] = [{ kind: 'SUCCEEDED_BY', other: pct }];
    expect(timeline({ closedOn: '2013-03-31' }, outgoing, incoming)).toEqual([
      { on: '2013-03-31', text: 'Was succeeded by', other: ccg },
      { on: '2013-03-31', text: 'Closed' },
    ]);
  });
});
