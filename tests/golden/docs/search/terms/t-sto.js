sitrepSearchData("terms/t-sto",{"stoltenberg":"x-Cf6DHM68","stop":"FFSl8"});
