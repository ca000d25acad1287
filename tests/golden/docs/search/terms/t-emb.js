sitrepSearchData("terms/t-emb",{"emblazoned":"QNXd8"});
