export declare function requirePrerequisites(need: {
    root?: boolean;
    tools?: readonly string[];
    files?: readonly string[];
}): Promise<void>;
