import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { x } from '@ex-pulse/domain';
@Controller('api') class C { @Get('hi') hi() { return { x }; } }
@Module({ controllers: [C] }) class M {}
async function main() { const app = await NestFactory.create(M); await app.listen(3999); console.log('up'); }
void main();
