// The loader moved to src/content/servicesDirectory.ts, shared with the tracker's crisis panel.
export { loadDirectory, type LoadedDirectory } from '../../../content/servicesDirectory';
