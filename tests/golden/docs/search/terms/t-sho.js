sitrepSearchData("terms/t-sho",{"shorthand":"EOS68LNzn8","show":"QNXd8","showed":"QNXdg","showing":"QNXd8"});
