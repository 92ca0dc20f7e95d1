// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StartView } from '../../web/src/views/StartView';
import { pointPageAt, useRealApi } from './real-api';

let api = '';
beforeEach(() => {
  api = useRealApi();
});
afterEach(cleanup);

describe('the start page', () => {
  it('lists the documents with their provision and recommendation counts, and the concept hubs', async () => {
    render(<StartView onOpen={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    const docs = await screen.findByRole('region', { name: 'Documents' });
    expect(docs.textContent).toContain('5 provisions · 3 recommendations');
    const obligations = screen.getByRole('region', { name: 'Obligations' });
    expect(obligations.textContent).toContain('Prevent trafficking');
  });

  it('opening a hub hands its id to the explorer', async () => {
    const onOpen = vi.fn();
    render(<StartView onOpen={onOpen} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Prevent trafficking' }));
    expect(onOpen).toHaveBeenCalledWith('obl:prevent');
  });

  it('type-ahead search lists matches with the matched words marked, and Enter opens the first', async () => {
    const onOpen = vi.fn();
    render(<StartView onOpen={onOpen} />);
    await userEvent.type(screen.getByRole('combobox'), 'business');
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(0);
    expect(screen.getByRole('listbox').querySelector('mark')?.textContent?.toLowerCase()).toContain(
      'business',
    );
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('says the API cannot be reached when nothing answers', async () => {
    expect(api).toMatch(/^http:/);
    pointPageAt('http://127.0.0.1:9/');
    render(<StartView onOpen={() => {}} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/cannot be reached/));
  });
});
