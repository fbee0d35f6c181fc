import 'reflect-metadata';
export * from '@peculiar/x509';
