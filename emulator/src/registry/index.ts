export { startRegistry, attachRegistry, pingV2, DEFAULT_REGISTRY_BINARY } from './server';
export type { LocalRegistry, RegistryEndpoint, StartRegistryOptions } from './server';
export {
  listRepositories,
  listTags,
  getManifest,
  deleteManifest,
  listImages,
  RegistryError,
  MANIFEST_ACCEPT,
} from './client';
export type { ManifestInfo, RegistryImage } from './client';
export { bcryptHtpasswdLine } from './htpasswd';
