// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphEdge } from '../../web/src/api/types';
import { EdgeDetailsPanel, NodeDetailsPanel } from '../../web/src/views/DetailsPanel';
import { useRealApi } from './real-api';

beforeEach(() => {
  useRealApi();
});
afterEach(cleanup);

describe('the details panel', () => {
  it('shows a recommendation with its verbatim source text, document symbol and paragraph ref', async () => {
    render(<NodeDetailsPanel id="rec:cedaw-gr38:54(b)" pinned={false} act={() => {}} />);
    const source = await screen.findByRole('region', { name: 'Source text' });
    expect(source.querySelector('blockquote')?.textContent?.length).toBeGreaterThan(20);
    expect(source.querySelector('cite')?.textContent).toBe('CEDAW/C/GC/38, para. 54(b)');
    expect(screen.getByText('force').nextSibling?.textContent).toBeTruthy();
  });

  it('offers expand by relationship type, collapse, pin and remove as workspace actions', async () => {
    const act = vi.fn();
    render(<NodeDetailsPanel id="actor:states" pinned={false} act={act} />);
    await screen.findByRole('heading', { name: /States/ });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Relationship type to expand' }),
      'binds',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Expand by type' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pin' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(act.mock.calls.map(([a]) => a)).toEqual([
      { kind: 'expand', id: 'actor:states', type: 'BINDS' },
      { kind: 'pin', id: 'actor:states' },
      { kind: 'remove', id: 'actor:states' },
    ]);
  });

  it('says so when the id is unknown', async () => {
    render(<NodeDetailsPanel id="obl:nothing-like-this" pinned={false} act={() => {}} />);
    expect(await screen.findByText(/No node with id obl:nothing-like-this|not found/)).toBeTruthy();
  });

  it('explains an edge by its method and the verbatim paragraphs behind it', async () => {
    const edge: GraphEdge = {
      id: 'ADDRESSED_TO:rec:cedaw-gr38:54(a)->actor:states',
      type: 'ADDRESSED_TO',
      source: 'rec:cedaw-gr38:54(a)',
      target: 'actor:states',
      method: 'rule',
      evidence: ['prov:cedaw-gr38:54'],
      score: null,
      article: null,
      spans: [],
    };
    render(<EdgeDetailsPanel edge={edge} names={new Map([['actor:states', 'States']])} />);
    expect(screen.getByRole('heading', { name: 'addressed to' })).toBeTruthy();
    expect(screen.getByText('rule')).toBeTruthy();
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    const cite = await screen.findByText('CEDAW/C/GC/38, para. 54');
    expect(evidence.contains(cite)).toBe(true);
  });
});
