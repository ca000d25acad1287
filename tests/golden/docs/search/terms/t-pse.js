sitrepSearchData("terms/t-pse",{"pseudonymous":"FEza8"});
