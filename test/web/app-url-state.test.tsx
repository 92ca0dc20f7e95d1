// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../web/src/App';
import { useRealApi } from './real-api';

afterEach(cleanup);

const params = () => new URLSearchParams(window.location.search);

describe('the view lives in the URL', () => {
  it('a link reopens its view and choices', async () => {
    useRealApi('/?view=overlap&dim=ACTOR&oa=doc%3Acedaw-gr38&ob=doc%3Aga-res-77-194');
    render(<App />);
    expect((screen.getByRole('radio', { name: 'Actors' }) as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByRole('region', { name: /Overlap of .* and / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Overlap' }).getAttribute('aria-current')).toBe('page');
  });

  it('choices made in a view are written back to the address bar', async () => {
    useRealApi('/?view=overlap');
    render(<App />);
    await userEvent.click(screen.getByRole('radio', { name: 'Root causes' }));
    expect(params().get('dim')).toBe('ROOT_CAUSE');
    await userEvent.click(screen.getByRole('button', { name: 'Chains' }));
    expect(params().get('view')).toBe('chains');
    expect(params().get('dim')).toBe('ROOT_CAUSE');
  });

  it('unchecking a document takes it out of the heatmap and writes the choice to the URL', async () => {
    useRealApi('/?view=overlap');
    render(<App />);
    const heatmap = await screen.findByRole('table', { name: /Documents × documents/ });
    const before = heatmap.querySelectorAll('thead th').length;
    const picker = await screen.findByRole('group', { name: /Documents compared/ });
    const boxes = within(picker).getAllByRole('checkbox');
    await userEvent.click(boxes[0] as HTMLElement);
    expect(params().getAll('od')).toHaveLength(boxes.length - 1);
    await waitFor(() =>
      expect(
        screen.getByRole('table', { name: /Documents × documents/ }).querySelectorAll('thead th'),
      ).toHaveLength(before - 1),
    );
  });

  it('opening a concept from the start page puts it on the canvas, selected, in the URL', async () => {
    useRealApi('/');
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Prevent trafficking' }));
    expect(params().get('view')).toBe('graph');
    expect(params().get('sel')).toBe('obl:prevent');
    expect(params().getAll('x')).toEqual(['obl:prevent~*~8']);
    expect(await screen.findByRole('table', { name: /Graph as a table/ })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: /Graph as a table/ }).textContent).toContain(
        'Prevent trafficking',
      ),
    );
  });

  it('undo and redo step through canvas changes and keep the URL in step', async () => {
    useRealApi('/?view=graph&x=obl%3Aprevent~*~8&sel=obl%3Aprevent');
    render(<App />);
    await screen.findByRole('button', { name: 'Remove' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(params().getAll('rm')).toEqual(['obl:prevent']);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(params().getAll('rm')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(params().getAll('rm')).toEqual(['obl:prevent']);
  });

  it('the back button restores the previous view', async () => {
    useRealApi('/?view=chains');
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Overlap' }));
    expect(params().get('view')).toBe('overlap');
    act(() => {
      window.history.back();
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Chains' }).getAttribute('aria-current')).toBe('page'),
    );
  });
});
