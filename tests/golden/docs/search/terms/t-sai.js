sitrepSearchData("terms/t-sai",{"said":"FFSly0yFVtx8"});
