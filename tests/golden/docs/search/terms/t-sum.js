sitrepSearchData("terms/t-sum",{"summarises":"FEza8","summer":"RPzi8"});
