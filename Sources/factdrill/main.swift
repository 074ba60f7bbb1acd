import FactDrillCLI

FactDrillCommand.runMain()
