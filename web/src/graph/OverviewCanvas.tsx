import { useEffect, useRef } from 'react';
import { type Camera, zoomAt } from './camera';
import type { OverviewCanvasProps } from './overview';
import { nodeAt } from './overviewDraw';
import { fit, picture, schedule, type View } from './overviewFrame';

/** Pointer travel below which a press and release is a click, not a pan. */
const CLICK_TOLERANCE = 4;
const DOUBLE_CLICK_MS = 300;

/**
 * The whole-graph overview on one 2D canvas: the overview is drawn as given each frame (nothing to
 * build or patch per element), panned by dragging, zoomed by the wheel, a node chosen by a click. The
 * view is fitted when the first nodes arrive and kept after, so filtering does not move the picture.
 * Hand-written rather than drawn with sigma.js below WebGL's threshold (GraphView.tsx): where WebGL is
 * emulated without a GPU (headless chromium) each sigma frame is read back to be composited, a long
 * task after the first frame (README "Benchmarks"); a 2D canvas has no readback, and it can be
 * exported as a picture.
 */
export function OverviewCanvas(props: OverviewCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const state = useRef<View>({
    camera: null,
    fitted: 1,
    size: { width: 1, height: 1 },
    hovered: null,
    frame: 0,
    drawnOnce: false,
    canvas: null,
    props: handlers,
  });

  useEffect(() => {
    const el = canvas.current;
    const outer = box.current;
    if (!el || !outer) return;
    const s = state.current;
    s.canvas = el;
    const draw = () => schedule(s);
    // The box is sized by the page; the canvas fills it, so its own pixel size never feeds back.
    const resize = () => {
      const { width, height } = outer.getBoundingClientRect();
      const ratio = window.devicePixelRatio || 1;
      s.size = { width: Math.max(1, width), height: Math.max(1, height) };
      el.width = Math.round(s.size.width * ratio);
      el.height = Math.round(s.size.height * ratio);
      if (!s.camera) return;
      draw();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(outer);
    resize();
    const local = (e: MouseEvent): [number, number] => {
      const r = el.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    let press: { x: number; y: number; camera: Camera; moved: boolean } | null = null;
    let lastClick = { id: null as string | null, at: 0 };
    const down = (e: PointerEvent) => {
      if (!s.camera) return;
      const [x, y] = local(e);
      press = { x, y, camera: s.camera, moved: false };
      el.setPointerCapture?.(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!s.camera) return;
      const [x, y] = local(e);
      if (press) {
        if (Math.hypot(x - press.x, y - press.y) > CLICK_TOLERANCE) press.moved = true;
        if (press.moved) {
          s.camera = {
            ...press.camera,
            tx: press.camera.tx + x - press.x,
            ty: press.camera.ty + y - press.y,
          };
          draw();
        }
        return;
      }
      const hovered = nodeAt(handlers.current.overview, s.camera, s.fitted, x, y)?.id ?? null;
      if (hovered !== s.hovered) {
        s.hovered = hovered;
        el.style.cursor = hovered ? 'pointer' : 'default';
        draw();
      }
    };
    const up = (e: PointerEvent) => {
      const was = press;
      press = null;
      if (!was || was.moved || !s.camera) return;
      const [x, y] = local(e);
      const id = nodeAt(handlers.current.overview, s.camera, s.fitted, x, y)?.id ?? null;
      const now = performance.now();
      if (id && lastClick.id === id && now - lastClick.at < DOUBLE_CLICK_MS)
        handlers.current.onDoubleTapNode?.(id);
      else if (id) handlers.current.onTapNode?.(id);
      else handlers.current.onTapBackground?.();
      lastClick = { id, at: now };
    };
    const wheel = (e: WheelEvent) => {
      if (!s.camera) return;
      e.preventDefault();
      const [x, y] = local(e);
      s.camera = zoomAt(s.camera, Math.exp(-e.deltaY / 500), x, y);
      draw();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('wheel', wheel, { passive: false });
    handlers.current.onReady?.({
      zoomBy: (factor) => {
        if (!s.camera) return;
        s.camera = zoomAt(s.camera, factor, s.size.width / 2, s.size.height / 2);
        draw();
      },
      fit: () => fit(s),
      picture: (scale) => picture(s, scale),
    });
    return () => {
      handlers.current.onReady?.(null);
      observer.disconnect();
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('wheel', wheel);
      cancelAnimationFrame(s.frame);
      s.frame = 0;
    };
  }, []);

  const { overview, fitRequest } = props;
  useEffect(() => {
    const s = state.current;
    if (!s.camera && overview.nodes.length > 0) {
      performance.mark('atlas:layout-start');
      fit(s);
      performance.mark('atlas:layout-stop');
    } else schedule(s);
  }, [overview]);
  useEffect(() => {
    if (fitRequest) fit(state.current);
  }, [fitRequest]);

  return (
    <div
      ref={box}
      className="canvas overview-canvas"
      role="img"
      aria-label={props.ariaLabel}
      data-testid="canvas"
    >
      <canvas ref={canvas} />
    </div>
  );
}
