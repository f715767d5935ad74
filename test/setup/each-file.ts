// Runs before every test file: whatever the file made with test/helpers/temp.ts is removed after it.
import { afterAll } from "vitest";
import { removeTempDirs } from "../helpers/temp.js";

afterAll(removeTempDirs);
