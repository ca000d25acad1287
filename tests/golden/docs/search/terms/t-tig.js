sitrepSearchData("terms/t-tig",{"tight":"QNXd8"});
