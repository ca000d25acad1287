sitrepSearchData("terms/t-mod",{"mod":"DAP16","modern":"HPMi8"});
