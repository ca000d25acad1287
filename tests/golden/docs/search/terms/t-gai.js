sitrepSearchData("terms/t-gai",{"gain":"FFSl8","gaining":"FFSl8yFVtg","gains":"FFSl8yFVth"});
