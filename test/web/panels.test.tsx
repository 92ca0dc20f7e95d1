// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphEdge, GraphNode } from '../../web/src/api/types';
import type { ViewGraph } from '../../web/src/graph/compose';
import { type Filters, NO_FILTERS } from '../../web/src/graph/filters';
import { FilterPanel } from '../../web/src/views/FilterPanel';
import { Legend } from '../../web/src/views/Legend';
import { OutlineView } from '../../web/src/views/OutlineView';

afterEach(cleanup);

const node = (id: string, label: GraphNode['label'], name: string): GraphNode => ({
  id,
  label,
  name,
  properties: {},
});
const edge = (type: GraphEdge['type'], source: string, target: string): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  method: 'rule',
  evidence: [],
  score: null,
  article: null,
  spans: [],
});
const view: ViewGraph = {
  nodes: [
    node('actor:states', 'Actor', 'States'),
    node('rec:a:1', 'Recommendation', 'A 1'),
    node('obl:prevent', 'Obligation', 'Prevent'),
  ],
  edges: [edge('ADDRESSED_TO', 'rec:a:1', 'actor:states'), edge('IMPLEMENTS', 'rec:a:1', 'obl:prevent')],
  more: [],
};

function ControlledOutline({ onSelect }: { onSelect: (id: string) => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <OutlineView
      view={view}
      selected={selected}
      onSelect={(id) => {
        setSelected(id);
        onSelect(id);
      }}
    />
  );
}

describe('the table twin of the canvas', () => {
  it('lists nodes in label order with their links spelled out', () => {
    render(<OutlineView view={view} selected={null} onSelect={() => {}} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'A 1',
      'Prevent',
      'States',
    ]);
    expect(rows[0]?.textContent).toContain('addressed to → States');
    expect(rows[2]?.textContent).toContain('← addressed to A 1');
  });

  it('is keyboard-navigable: arrows move between rows, Enter selects, and the selection is announced', async () => {
    const onSelect = vi.fn();
    render(<ControlledOutline onSelect={onSelect} />);
    const rows = screen.getAllByRole('row').slice(1);
    rows[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows[1]);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('obl:prevent');
    expect(rows[1]?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(rows[2]);
  });

  it('a link button selects the edge, so its evidence can be read', async () => {
    const onSelect = vi.fn();
    render(<ControlledOutline onSelect={onSelect} />);
    await userEvent.click(screen.getAllByRole('button', { name: 'Link: A 1 implements → Prevent' })[0]!);
    expect(onSelect).toHaveBeenCalledWith('IMPLEMENTS:rec:a:1->obl:prevent');
  });

  it('says when there is nothing on the canvas', () => {
    render(<OutlineView view={{ nodes: [], edges: [], more: [] }} selected={null} onSelect={() => {}} />);
    expect(screen.getByText('Nothing on the canvas yet.')).toBeTruthy();
  });
});

describe('the filters', () => {
  function ControlledFilters({ onChange }: { onChange: (f: Filters) => void }) {
    const [filters, setFilters] = useState(NO_FILTERS);
    return (
      <FilterPanel
        filters={filters}
        documents={[{ id: 'doc:cedaw-gr38', name: 'CEDAW/C/GC/38' }]}
        onChange={(f) => {
          setFilters(f);
          onChange(f);
        }}
      />
    );
  }

  it('hide a label, restrict to a document and to a recommendation force', async () => {
    const onChange = vi.fn();
    render(<ControlledFilters onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Actor' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'CEDAW/C/GC/38' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'strongly urges' }));
    expect(onChange).toHaveBeenLastCalledWith({
      hiddenLabels: ['Actor'],
      documents: ['doc:cedaw-gr38'],
      forces: ['strongly_urges'],
      minDegree: 0,
    });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Actor' }));
    expect(onChange.mock.lastCall?.[0].hiddenLabels).toEqual([]);
  });
});

describe('the legend', () => {
  it('names every label with a shape as well as a colour', () => {
    render(<Legend />);
    const items = within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent?.trim().slice(2))).toEqual(
      expect.arrayContaining([
        'Document',
        'Provision (paragraph)',
        'Recommendation',
        'Obligation',
        'Actor',
        'Root cause',
        'Instrument',
      ]),
    );
    expect(new Set(items.slice(0, 7).map((i) => i.textContent?.trim()[0])).size).toBe(7);
  });
});
