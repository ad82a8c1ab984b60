import { ref, watchEffect } from 'vue';

/**
 * 适老化: large text and high contrast, kept on the device, applied as classes on <html>
 * (see style.css, which scales Vant's font and size variables).
 */
const largeText = ref(localStorage.getItem('mb.largeText') === '1');
const highContrast = ref(localStorage.getItem('mb.highContrast') === '1');

watchEffect(() => {
  document.documentElement.classList.toggle('mb-large', largeText.value);
  document.documentElement.classList.toggle('mb-contrast', highContrast.value);
  localStorage.setItem('mb.largeText', largeText.value ? '1' : '0');
  localStorage.setItem('mb.highContrast', highContrast.value ? '1' : '0');
});

export function useAccessibility() {
  return { largeText, highContrast };
}
