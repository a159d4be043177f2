export const before = 0

// #region shown
  export function shown() {
    return 1
  }
// #endregion shown
