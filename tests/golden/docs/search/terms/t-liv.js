sitrepSearchData("terms/t-liv",{"lives":"QNXd8"});
