sitrepSearchData("terms/t-gpp",{"gppi":"Y_Or6"});
