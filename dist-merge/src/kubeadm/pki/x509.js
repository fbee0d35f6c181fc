// @peculiar/x509 (through tsyringe) needs the Reflect metadata polyfill loaded before it.
import 'reflect-metadata';
export * from '@peculiar/x509';
//# sourceMappingURL=x509.js.map