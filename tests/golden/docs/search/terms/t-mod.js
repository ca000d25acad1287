sitrepSearchData("terms/t-mod",{"mod":"DAP16","modern":"QNXd8"});
