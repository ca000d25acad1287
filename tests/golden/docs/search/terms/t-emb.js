sitrepSearchData("terms/t-emb",{"emblazoned":"HPMi8"});
