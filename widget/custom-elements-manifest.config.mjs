// The analyzer lists modules in the order it finds the files, which changes from one
// machine or run to the next; sorted by path, the manifest changes only when the API does.
export default {
  plugins: [
    {
      name: 'modules-sorted-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
