/** The product's mark: a Photon board with its RGB LED lit cyan (connected). */
export function ProductMark({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0b1a33" />
      <rect
        x="18"
        y="12"
        width="28"
        height="40"
        rx="4"
        fill="#13294d"
        stroke="#3b82f6"
        strokeWidth="2"
      />
      <circle cx="32" cy="32" r="7" fill="#22d3ee" />
      <circle
        cx="32"
        cy="32"
        r="12"
        fill="none"
        stroke="#22d3ee"
        strokeOpacity="0.45"
        strokeWidth="2"
      />
      <path
        d="M14 22h4M14 28h4M14 34h4M14 40h4M46 22h4M46 28h4M46 34h4M46 40h4"
        stroke="#64748b"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
