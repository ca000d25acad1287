sitrepSearchData("terms/t-vit",{"vitalii":"zYKi2","vitaliy":"zYKi2","vitaly":"zYKi2MRIr8"});
