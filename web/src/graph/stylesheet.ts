import type { StylesheetJson } from 'cytoscape';
import { LABELS } from '../api/types';
import { LABEL_STYLE } from './palette';

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: '',
      'font-size': 10,
      // Labels too small to read are not drawn: keeps the whole graph fast and uncluttered when zoomed out.
      'min-zoomed-font-size': 7,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#1f2328',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': '#1f2328',
    },
  },
  ...LABELS.map((label) => ({
    selector: `node.${label}`,
    style: { 'background-color': LABEL_STYLE[label].colour, shape: LABEL_STYLE[label].shape as 'ellipse' },
  })),
  { selector: 'node.hub, node.More, node.selected-node', style: { label: 'data(name)' } },
  { selector: 'node.tinted', style: { 'background-color': 'data(colour)' } },
  {
    selector: 'node.More',
    style: {
      shape: 'round-rectangle',
      'background-color': '#ffffff',
      'border-style': 'dashed',
      width: 96,
      height: 18,
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-size': 9,
    },
  },
  {
    selector: 'node.bulk',
    style: { 'font-size': 9, 'border-width': 0.5, 'text-margin-y': 1, 'min-zoomed-font-size': 6 },
  },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double' } },
  {
    selector: 'node.selected-node',
    style: { 'border-width': 4, 'border-color': '#000000', 'font-weight': 'bold' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa0a6',
      'target-arrow-color': '#9aa0a6',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
    },
  },
  // Thousands of edges: haystack lines are the cheapest to draw; arrows are unreadable at that zoom anyway.
  {
    selector: 'edge.bulk',
    style: { 'curve-style': 'haystack', width: 0.8, 'target-arrow-shape': 'none', opacity: 0.6 },
  },
  {
    selector: 'edge.reversed',
    style: {
      'source-arrow-shape': 'triangle',
      'source-arrow-color': '#9aa0a6',
      'target-arrow-shape': 'none',
    },
  },
  { selector: 'edge.SIMILAR_TO', style: { 'line-style': 'dashed', 'line-color': '#E69F00' } },
  { selector: 'edge.more-edge', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  {
    selector: 'edge.selected-edge',
    style: {
      width: 4,
      'line-color': '#000000',
      'target-arrow-color': '#000000',
      label: 'data(name)',
      'font-size': 9,
    },
  },
];
