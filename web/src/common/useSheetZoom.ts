import { onBeforeUnmount, onMounted, ref } from 'vue';

const PX_PER_MM = 96 / 25.4;

/**
 * How much an A4 sheet (door plates, 台账) is shrunk on a screen narrower than the sheet, so that
 * the page never scrolls sideways: 1 on a computer, about 0.45 on a 375-px phone. Screen only:
 * the pages apply it with `zoom` inside `@media screen`, so that paper gets the sheet at full size.
 */
export function useSheetZoom(sheetWidthMm = 210, gutterPx = 16) {
  const zoom = ref(1);
  function fit(): void {
    const room = document.documentElement.clientWidth - gutterPx;
    zoom.value = Math.min(1, Math.max(0.2, room / (sheetWidthMm * PX_PER_MM)));
  }
  onMounted(() => {
    fit();
    window.addEventListener('resize', fit);
  });
  onBeforeUnmount(() => window.removeEventListener('resize', fit));
  return zoom;
}
