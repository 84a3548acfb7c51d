// The shared catalogue tables; tables only this department has are added here.
export * from "@wuxi/catalogue/tables";
