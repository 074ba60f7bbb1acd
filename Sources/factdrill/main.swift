import FactDrillCLI

FactDrillCommand.main()
